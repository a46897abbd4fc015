package org.coopole.security;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.demo.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.PERSON;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CoopoleTest
class SignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Owner owner;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aDemoPersonSignsInWithTheirEmailAndPasswordAndGetsANewSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", DemoPeople.MEMBER).param("password", DemoData.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void theEmailIsNotCaseSensitive() throws Exception {
        mvc.perform(post("/login").with(csrf())
                        .param("username", DemoPeople.MEMBER.toUpperCase()).param("password", DemoData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        String wrongPassword = mvc.perform(post("/login").with(csrf())
                        .param("username", DemoPeople.MEMBER).param("password", "not-the-password-at-all"))
                .andReturn().getResponse().getRedirectedUrl();
        String unknownEmail = mvc.perform(post("/login").with(csrf())
                        .param("username", "nobody@nowhere.example").param("password", "not-the-password-at-all"))
                .andReturn().getResponse().getRedirectedUrl();
        String notAnEmail = mvc.perform(post("/login").with(csrf())
                        .param("username", "<script>").param("password", "x"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(wrongPassword).isEqualTo("/login?error");
        assertThat(unknownEmail).isEqualTo(wrongPassword);
        assertThat(notAnEmail).isEqualTo(wrongPassword);
    }

    @Test
    void aDeactivatedPersonCannotSignIn() throws Exception {
        String email = "hugo.lefevre@lafabrique.example";
        owner.db().update(PERSON).set(PERSON.ACTIVE, false).where(PERSON.EMAIL.eq(email)).execute();
        try {
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", DemoData.PASSWORD))
                    .andExpect(redirectedUrl("/login?error"));
        } finally {
            owner.db().update(PERSON).set(PERSON.ACTIVE, true).where(PERSON.EMAIL.eq(email)).execute();
        }
    }

    @Test
    void theHealthCheckIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
    }
}
