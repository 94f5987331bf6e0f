package org.civicgrid.shared.web;

import org.civicgrid.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One step of a page that ends in a redirect: on success a flash message, on a refusal (full class,
 * closed vote, slot taken ...) the refusal in the reader's words instead of an error page. The words are
 * the message {@code prefix + type} (its arguments: the refusal's fields, in order), or the refusal's
 * own detail when there is no such message.
 */
public final class PageSteps {

    private PageSteps() {}

    public static void attempt(RedirectAttributes redirect, String flashKey, Runnable step, MessageSource messages,
            String prefix) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", flashKey);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", refusal(messages, prefix, e));
        }
    }

    public static String refusal(MessageSource messages, String prefix, DomainException e) {
        return messages.getMessage(prefix + e.type(), e.properties().values().toArray(), e.detail(),
                LocaleContextHolder.getLocale());
    }
}
