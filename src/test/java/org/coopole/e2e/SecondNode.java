package org.coopole.e2e;

import com.zaxxer.hikari.HikariDataSource;
import org.coopole.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.io.IOException;

/**
 * A second Coopole node in the test JVM, on the first one's PostgreSQL as an external database (as two nodes behind
 * a load balancer would be): its own web server, sessions, Vaadin UIs and listening connection; no migrations and no
 * demo data of its own.
 */
final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    SecondNode(ApplicationContext first) {
        HikariDataSource database = first.getBean(HikariDataSource.class);
        context = new SpringApplicationBuilder(Application.class)
                // the tests' own beans (the owner's connections, the mail server) belong to the first node only
                .initializers(created -> ((ConfigurableApplicationContext) created).getBeanFactory()
                        .registerSingleton("testClassesExcluded", new TestClassesExcluded()))
                .profiles("test")
                .run("--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + database.getPassword(),
                        "--spring.flyway.enabled=false",
                        "--coopole.demo.enabled=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
    }

    /** Leaves out of component scanning every class compiled from src/test/java. */
    static final class TestClassesExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
