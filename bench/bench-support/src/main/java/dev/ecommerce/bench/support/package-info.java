/**
 * What the benchmarks share: an embedded PostgreSQL, a service's jar in a process of its
 * own, a closed-loop load runner and the results file.
 */
package dev.ecommerce.bench.support;
