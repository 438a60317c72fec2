package dev.ecommerce.user.api;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The user service for other services, as a Spring HTTP interface client: <pre>
 * UserClient users = serviceClients.create(UserClient.class, "user");
 * UserResponse user = users.user(order.customerId());
 * </pre> Needs a {@code SERVICE} (or {@code ADMIN}) token, which the service clients
 * carry once {@code ecommerce.service-account.client-secret} is set. An unknown or closed
 * account answers 404 ({@code HttpClientErrorException.NotFound}).
 */
@HttpExchange("/users")
public interface UserClient {

	/**
	 * A user by its id.
	 * @param id the user's id
	 * @return the user
	 */
	@GetExchange("/{id}")
	UserResponse user(@PathVariable UUID id);

}
