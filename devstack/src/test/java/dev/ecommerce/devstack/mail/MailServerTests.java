package dev.ecommerce.devstack.mail;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import dev.ecommerce.devstack.port.PortCheck;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTests {

	@Test
	void mailSentOverSmtpIsKeptAndReadableOverImapByItsRecipient() throws Exception {
		try (MailServer mail = MailServer.start(PortCheck.anyFree(), PortCheck.anyFree())) {
			Properties smtp = new Properties();
			smtp.put("mail.smtp.host", "localhost");
			smtp.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
			MimeMessage message = new MimeMessage(Session.getInstance(smtp));
			message.setFrom(new InternetAddress("shop@demo.shop"));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress("customer@demo.shop"));
			message.setSubject("Your order SO-1001 is confirmed");
			message.setText("Thank you.");
			Transport.send(message);

			assertThat(mail.received()).singleElement()
				.satisfies(
						(received) -> assertThat(received.getSubject()).isEqualTo("Your order SO-1001 is confirmed"));
			Store store = Session.getInstance(new Properties()).getStore("imap");
			store.connect("localhost", mail.imapPort(), "customer@demo.shop", "any password");
			try {
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				assertThat(inbox.getMessages()).singleElement()
					.satisfies((read) -> assertThat(read.getSubject()).isEqualTo("Your order SO-1001 is confirmed"));
			}
			finally {
				store.close();
			}
		}
	}

}
