package dev.ecommerce.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API.
 *
 * @param allowedOrigins the origins, exactly as a browser sends them
 * ({@code https://shop.example.com}); the defaults are the storefront's development
 * servers
 * @param maxAge how long a browser may cache a preflight's answer
 */
@ConfigurationProperties("ecommerce.gateway.cors")
public record CorsProperties(@DefaultValue( {
		"http://localhost:3000", "http://localhost:5173" }) List<String> allowedOrigins,
		@DefaultValue("30m") Duration maxAge){

}
