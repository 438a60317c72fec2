/**
 * The user service, the shop's identity provider: accounts and profiles
 * ({@code account}), signed access tokens, their keys and refresh tokens ({@code token}),
 * login and the client-credentials grant ({@code auth}) and the demo accounts
 * ({@code demo}).
 */
@NullMarked
package dev.ecommerce.user;

import org.jspecify.annotations.NullMarked;
