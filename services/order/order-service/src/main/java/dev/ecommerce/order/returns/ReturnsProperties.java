package dev.ecommerce.order.returns;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window how long after delivery a customer may ask for a return
 */
@ConfigurationProperties("ecommerce.returns")
record ReturnsProperties(@DefaultValue("30d") Duration window) {

}
