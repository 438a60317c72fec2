/**
 * The payment service: payments and refunds through several gateways ({@code payment},
 * {@code gateway}), card data kept out ({@code carddata}), demo data ({@code demo}).
 */
@NullMarked
package dev.ecommerce.payment;

import org.jspecify.annotations.NullMarked;
