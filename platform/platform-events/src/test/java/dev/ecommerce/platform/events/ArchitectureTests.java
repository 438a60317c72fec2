package dev.ecommerce.platform.events;

import java.util.Set;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.junit.LocationProvider;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

@AnalyzeClasses(locations = ArchitectureTests.ModuleClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/**
	 * This module's classes only: looking for the package in every jar on the class path
	 * takes seconds.
	 */
	static class ModuleClasses implements LocationProvider {

		@Override
		public Set<Location> get(Class<?> testClass) {
			return Set
				.of(Location.of(EventsAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation()));
		}

	}

}
