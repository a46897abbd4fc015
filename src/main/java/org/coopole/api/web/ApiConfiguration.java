package org.coopole.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** The API's OpenAPI description, and ETags on its answers. */
@Configuration
class ApiConfiguration {

    @Bean
    OpenAPI coopoleApi() {
        return new OpenAPI()
                .info(new Info().title("Coopole API").version("v1")
                        .description("The public catalogue of a pole (no key) and a member's own bookings (a "
                                + "personal token made on the profile page, sent as Authorization: Bearer cpl_…)."))
                .components(new Components().addSecuritySchemes("token", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token, read or read-write")));
    }

    /**
     * An ETag on every answer of the API, from its body: a GET repeated with {@code If-None-Match} gets 304 without
     * the body when nothing changed (the answer is still computed: the saving is the transfer).
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> etags = new FilterRegistrationBean<>(
                new ShallowEtagHeaderFilter());
        etags.addUrlPatterns("/api/*");
        etags.setName("apiEtags");
        return etags;
    }
}
