package dev.ecommerce.recommendation.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.Signal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class OnlineRetailHistoryTests {

	private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

	@Test
	void cleanPurchasesAreReadAndEverythingElseIsLeftOut() throws IOException {
		String csv = HEADER + """
				536365,85123a,"WHITE HANGING HEART, T-LIGHT HOLDER",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
				C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-01 09:41:00,2.55,17850.0,United Kingdom
				536366,22633,HAND WARMER UNION JACK,0,2010-12-01 08:28:00,1.85,17850.0,United Kingdom
				536367,22634,HAND WARMER RED,6,2010-12-01 08:28:00,0,17850.0,United Kingdom
				536368,22635,HAND WARMER BLUE,6,2010-12-01 08:28:00,1.85,,United Kingdom
				536369,POST,POSTAGE,1,2010-12-01 08:28:00,18,12583.0,France
				536370,22728,ALARM CLOCK BAKELIKE PINK,24,2010-12-01 08:45:00,3.75,12583.0,France
				536371,22729,broken row
				""";

		OnlineRetailHistory.Read read = OnlineRetailHistory.read(gzip(csv));

		assertThat(read.purchases()).containsExactly(
				new Interaction("retail-17850", "85123A", "invoice-536365", Signal.PURCHASE,
						Instant.parse("2010-12-01T08:26:00Z")),
				new Interaction("retail-12583", "22728", "invoice-536370", Signal.PURCHASE,
						Instant.parse("2010-12-01T08:45:00Z")));
		assertThat(read.leftOut()).isEqualTo(6);
	}

	@Test
	void aFileThatIsNotTheOnlineRetailDataIsRefused() {
		assertThatIOException().isThrownBy(() -> OnlineRetailHistory.read(gzip("a,b,c\n1,2,3\n")))
			.withMessageContaining("Not the online-retail data");
	}

	private static ByteArrayInputStream gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

}
