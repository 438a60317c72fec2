package dev.ecommerce.recommendation.training;

import java.util.List;

import dev.ecommerce.recommendation.api.ModelVersionResponse;
import dev.ecommerce.recommendation.api.TrainingResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins start a training and see the stored versions.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class TrainingController {

	private final Training training;

	private final ModelRegistry registry;

	TrainingController(Training training, ModelRegistry registry) {
		this.training = training;
		this.registry = registry;
	}

	/** Starts a training in the background; {@code 202} at once. */
	@PostMapping("/recommendations/training")
	@ResponseStatus(HttpStatus.ACCEPTED)
	TrainingResponse train() {
		boolean started = this.training.start();
		return new TrainingResponse(started ? "STARTED" : "ALREADY_RUNNING", this.registry.serving().version());
	}

	@GetMapping("/recommendations/models")
	List<ModelVersionResponse> versions() {
		return this.registry.versions();
	}

}
