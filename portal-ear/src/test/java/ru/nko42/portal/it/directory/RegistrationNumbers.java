package ru.nko42.portal.it.directory;

import java.util.concurrent.ThreadLocalRandom;
import ru.nko42.portal.model.common.validation.InnChecksum;
import ru.nko42.portal.model.common.validation.OgrnChecksum;

/**
 * Fresh, valid registration numbers of a legal entity, with their control digits: ИНН and ОГРН are unique in the
 * directory, so every test registers numbers of its own (random bodies: a clash would take a billion tries).
 */
public final class RegistrationNumbers {

    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private RegistrationNumbers() {}

    /** A 10-digit ИНН of an organization. */
    public static String inn() {
        String body = randomDigits(9);
        int sum = 0;
        for (int i = 0; i < INN_WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * INN_WEIGHTS[i];
        }
        return checked(body + sum % 11 % 10, InnChecksum.isLegalEntity(body + sum % 11 % 10));
    }

    /** A 13-digit ОГРН: state registration (1), year, region 42 (Kuzbass), then a random entry number. */
    public static String ogrn() {
        String body = "1" + randomDigits(2) + "42" + randomDigits(7);
        String ogrn = body + Long.parseLong(body) % 11 % 10;
        return checked(ogrn, OgrnChecksum.isOgrn(ogrn));
    }

    /** A КПП of a Kemerovo tax office: its shape is all that is checked. */
    static String kpp() {
        return "420501001";
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private static String checked(String number, boolean valid) {
        if (!valid) {
            throw new IllegalStateException("generated an invalid number: " + number);
        }
        return number;
    }
}
