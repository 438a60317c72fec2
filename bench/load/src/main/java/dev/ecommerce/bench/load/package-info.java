/**
 * The load test of the whole stack: a shop's traffic mix sent through the gateway at
 * fixed arrival rates (an open model), with latency per endpoint, errors, and CPU and
 * memory per service at each rate, up to the knee.
 */
package dev.ecommerce.bench.load;
