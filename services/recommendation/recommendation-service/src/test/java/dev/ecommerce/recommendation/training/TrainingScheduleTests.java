package dev.ecommerce.recommendation.training;

import java.util.Optional;

import dev.ecommerce.recommendation.signal.Interactions;
import org.junit.jupiter.api.Test;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The schedule trains once the signals changed and then settled, and not for signals the
 * served version already learned.
 */
class TrainingScheduleTests {

	private final Interactions interactions = mock(Interactions.class);

	private final ModelRegistry registry = mock(ModelRegistry.class);

	private final Training training = mock(Training.class);

	private final TrainingSchedule schedule = new TrainingSchedule(this.interactions, this.registry, this.training);

	@Test
	void changedSignalsTrainOnceTheyHaveStayedTheSameForOneInterval() {
		given(this.registry.servedFingerprint()).willReturn(Optional.of("10/10/5"));
		given(this.interactions.fingerprint()).willReturn("11/11/5", "12/12/5", "12/12/5");

		this.schedule.check();
		this.schedule.check();
		verify(this.training, never()).start();

		this.schedule.check();
		verify(this.training, times(1)).start();
	}

	@Test
	void signalsTheServedVersionLearnedTrainNothing() {
		given(this.registry.servedFingerprint()).willReturn(Optional.of("12/12/5"));
		given(this.interactions.fingerprint()).willReturn("12/12/5");

		this.schedule.check();
		this.schedule.check();
		this.schedule.check();

		verify(this.training, never()).start();
	}

	@Test
	void withNoVersionYetSettledSignalsTrain() {
		given(this.registry.servedFingerprint()).willReturn(Optional.empty());
		given(this.interactions.fingerprint()).willReturn("0/0/0");

		this.schedule.check();
		this.schedule.check();

		verify(this.training, times(1)).start();
	}

}
