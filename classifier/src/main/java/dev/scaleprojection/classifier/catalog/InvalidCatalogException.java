package dev.scaleprojection.classifier.catalog;

/** A rule catalog that cannot be used; the message names the rule and the field. Nothing of such a catalog is applied. */
public final class InvalidCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCatalogException(String message) {
        super(message);
    }
}
