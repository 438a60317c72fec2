package dev.ecommerce.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the test application, with the test run's PostgreSQL database and Kafka
 * broker. All such tests share one application context: do not add configuration to a
 * single test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = EventsTestApplication.class, webEnvironment = WebEnvironment.NONE)
public @interface EventsIntegrationTest {

}
