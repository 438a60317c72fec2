package dev.ecommerce.product;

import java.lang.reflect.Type;

import org.hibernate.cfg.MappingSettings;
import org.hibernate.type.format.AbstractJsonFormatMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Hibernate read and write {@code jsonb} columns with the application's Jackson 3
 * mapper: Hibernate 7.2 only finds Jackson 2 by itself.
 */
@Configuration(proxyBeanMethods = false)
class JsonColumns {

	@Bean
	HibernatePropertiesCustomizer jsonColumnFormat(JsonMapper jsonMapper) {
		return (properties) -> properties.put(MappingSettings.JSON_FORMAT_MAPPER, new Jackson3FormatMapper(jsonMapper));
	}

	static final class Jackson3FormatMapper extends AbstractJsonFormatMapper {

		private final JsonMapper jsonMapper;

		Jackson3FormatMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
		}

		@Override
		protected <T> T fromString(CharSequence json, Type type) {
			return this.jsonMapper.readValue(json.toString(), this.jsonMapper.getTypeFactory().constructType(type));
		}

		@Override
		protected <T> String toString(T value, Type type) {
			return this.jsonMapper.writerFor(this.jsonMapper.getTypeFactory().constructType(type))
				.writeValueAsString(value);
		}

	}

}
