package dev.ecommerce.devstack.mail;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail on loopback: every mail the services send over SMTP is really sent and kept,
 * in memory, in the mailbox of its recipient, which any IMAP client can open with the
 * address as the user name and any password. Mail is gone when the stack stops.
 */
public final class MailServer implements AutoCloseable {

	private static final String LOOPBACK = "127.0.0.1";

	private final GreenMail greenMail;

	private final int smtpPort;

	private final int imapPort;

	private MailServer(GreenMail greenMail, int smtpPort, int imapPort) {
		this.greenMail = greenMail;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
	}

	/**
	 * Starts SMTP and IMAP.
	 * @param smtpPort the SMTP port
	 * @param imapPort the IMAP port
	 * @return the running server
	 */
	public static MailServer start(int smtpPort, int imapPort) {
		GreenMail greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, LOOPBACK, "smtp"),
				new ServerSetup(imapPort, LOOPBACK, "imap") });
		// every recipient gets a mailbox, which IMAP opens by the address with any
		// password
		greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		return new MailServer(greenMail, smtpPort, imapPort);
	}

	public int smtpPort() {
		return this.smtpPort;
	}

	public int imapPort() {
		return this.imapPort;
	}

	/**
	 * Every mail received so far, oldest first.
	 * @return the messages
	 */
	public List<MimeMessage> received() {
		return List.of(this.greenMail.getReceivedMessages());
	}

	public String description() {
		return "embedded SMTP (GreenMail); read the mail over IMAP at localhost:" + this.imapPort
				+ " (user: the recipient's address, any password)";
	}

	@Override
	public void close() {
		this.greenMail.stop();
	}

}
