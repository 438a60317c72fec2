package dev.ecommerce.devstack.service;

import java.util.function.UnaryOperator;

/**
 * Where the services find PostgreSQL, Kafka and the mail server, whether embedded or
 * external.
 *
 * @param jdbcUrl the JDBC URL of a database, by database name
 * @param databaseUsername the user every service connects as
 * @param databasePassword that user's password
 * @param kafkaBootstrapServers the brokers, {@code host:port[,host:port]}
 * @param smtpPort the port of the mail server on this machine
 */
public record InfrastructureEndpoints(UnaryOperator<String> jdbcUrl, String databaseUsername, String databasePassword,
		String kafkaBootstrapServers, int smtpPort) {

}
