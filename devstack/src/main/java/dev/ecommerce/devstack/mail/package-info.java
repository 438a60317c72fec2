/**
 * The embedded mail server: the SMTP server the notification service sends to, and an
 * IMAP server to read what it sent.
 */
@NullMarked
package dev.ecommerce.devstack.mail;

import org.jspecify.annotations.NullMarked;
