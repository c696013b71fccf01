package org.planscore.delivery;

/** A report could not be built, sent or written to the outbox; the message says where and to whom. */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
