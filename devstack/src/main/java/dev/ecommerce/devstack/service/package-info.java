/**
 * The shop's services as child processes: which exist, where their jars are, how they are
 * started, watched and stopped.
 */
@NullMarked
package dev.ecommerce.devstack.service;

import org.jspecify.annotations.NullMarked;
