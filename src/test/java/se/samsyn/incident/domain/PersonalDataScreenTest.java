package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.samsyn.incident.domain.PersonalDataScreen.Kind;

/** The corpus: every line must be found (positive) or must pass untouched (negative). */
class PersonalDataScreenTest {

    @ParameterizedTest(name = "finds {1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        // personnummer: 10 and 12 digits, with and without - or +, checksum valid
        "Killen hade personnummer 811218-9876 enligt väktaren | PERSONAL_IDENTITY_NUMBER",
        "pnr 8112189876 | PERSONAL_IDENTITY_NUMBER",
        "19811218-9876 | PERSONAL_IDENTITY_NUMBER",
        "198112189876 i texten | PERSONAL_IDENTITY_NUMBER",
        "Tolvan 19121212-1212 | PERSONAL_IDENTITY_NUMBER",
        "äldre person 121212+1212 | PERSONAL_IDENTITY_NUMBER",
        "född 640823-3234. | PERSONAL_IDENTITY_NUMBER",
        "(950505-1236) | PERSONAL_IDENTITY_NUMBER",
        "skottår 20000229-1235 | PERSONAL_IDENTITY_NUMBER",
        "med mellanslag 19640823 3234 | PERSONAL_IDENTITY_NUMBER",
        // samordningsnummer: day + 60
        "samordningsnummer 701063-2391 | COORDINATION_NUMBER",
        "7010632391 | COORDINATION_NUMBER",
        "19851161-2346 | COORDINATION_NUMBER",
        "460881-2345 | COORDINATION_NUMBER",
        // phone numbers
        "ring 070-123 45 67 | PHONE_NUMBER",
        "0701234567 | PHONE_NUMBER",
        "073 123 45 67 | PHONE_NUMBER",
        "076-1234567 | PHONE_NUMBER",
        "+46 70 123 45 67 | PHONE_NUMBER",
        "+46701234567 | PHONE_NUMBER",
        "0046 70 123 45 67 | PHONE_NUMBER",
        "+46 (0)70-123 45 67 | PHONE_NUMBER",
        "08-123 456 78 | PHONE_NUMBER",
        "08-12 34 56 | PHONE_NUMBER",
        "+46 8 123 456 78 | PHONE_NUMBER",
        "046-222 00 00 | PHONE_NUMBER",
        "0411-123 45 | PHONE_NUMBER",
        "031-7001000 | PHONE_NUMBER",
        "Tel: 019-21 10 00. | PHONE_NUMBER",
        // e-mail
        "mejla anna.svensson@example.se | EMAIL",
        "ANNA@EXEMPEL.COM | EMAIL",
        "<kalle+tips@post.kommun.se> | EMAIL",
        "x_y-z@sub.domain.org, | EMAIL",
        // vehicle registration numbers
        "Bilen ABC123 stod på gräset | VEHICLE_REGISTRATION",
        "EPA-traktor med reg abc123 | VEHICLE_REGISTRATION",
        "mopeden XYZ 789 | VEHICLE_REGISTRATION",
        "ny skylt ABC12D | VEHICLE_REGISTRATION",
        "ny skylt MLB 84A | VEHICLE_REGISTRATION",
        "(RTG456) | VEHICLE_REGISTRATION",
    })
    void findsPersonalData(String text, Kind kind) {
        assertThat(PersonalDataScreen.screen(text)).extracting(PersonalDataScreen.Finding::kind).containsExactly(kind);
        assertThat(PersonalDataScreen.mask(text)).contains(PersonalDataScreen.MASK);
    }

    @ParameterizedTest(name = "passes \"{0}\"")
    @ValueSource(strings = {
        "Fem ungdomar samlades vid kiosken kl 22-23, en del drack alkohol.",
        "Klotter på väggen vid gångtunneln, ca 3x2 meter.",
        "Glaskross vid busshållplatsen, cirka 150 m från skolan.",
        // checksum wrong
        "811218-9875",
        "6408233235",
        // a date that does not exist, checksum right
        "811318-9875",
        "811232-9878",
        "20010229-1234",
        "990230-1234",
        // day above 91 is neither kind
        "811292-9875",
        // dates, times, amounts, postal codes, reference numbers
        "Händelsen 2024-05-12 kl. 21:30",
        "Det hände 12/5 2024 mellan 08-10 på morgonen",
        "Kostnad 15 000 kr för saneringen",
        "Postnummer 222 22 Lund",
        "Ärende EST-2026-000123 och diarienummer KS 2024/1234",
        "Ordernummer 1234567890",
        "Ring 112 vid fara, 114 14 annars",
        "Larmet kom 20:15, väktare på plats 20:25",
        "Telefonnumret slutade på 4567",
        "0701234",
        "07012345678901",
        // e-mail look-alikes
        "skrev @kommunen på sociala medier",
        "a@b",
        "mejla till info at kommun punkt se",
        // vehicle look-alikes: excluded letters, too few or too many characters, words
        "Bilen IQV123 stod där",
        "ABCD123",
        "AB123",
        "ABC1234",
        "Lägenhet 1203, trappa 4",
        "hus nr 123",
        "Fyrverkerier i Sporthallen 2 gånger",
        "Mopedbuskörning på E22 och väg 108",
        "COVID19",
        "BIL 123",
    })
    void passesTextWithoutPersonalData(String text) {
        assertThat(PersonalDataScreen.screen(text)).isEmpty();
        assertThat(PersonalDataScreen.mask(text)).isEqualTo(text);
    }

    @Test
    void masksEveryFindingAndKeepsTheRest() {
        String text = "Kalle 811218-9876 ringde 070-123 45 67 från ABC123, mejl k@example.se.";

        assertThat(PersonalDataScreen.mask(text)).isEqualTo("Kalle [***] ringde [***] från [***], mejl [***].");
        assertThat(PersonalDataScreen.screen(text)).extracting(PersonalDataScreen.Finding::kind).containsExactly(
                Kind.PERSONAL_IDENTITY_NUMBER, Kind.PHONE_NUMBER, Kind.VEHICLE_REGISTRATION, Kind.EMAIL);
    }

    @Test
    void aPersonnummerIsNotAlsoReportedAsAPhoneNumber() {
        assertThat(PersonalDataScreen.screen("010101-1237 och 19010101-1237"))
                .extracting(PersonalDataScreen.Finding::kind).doesNotContain(Kind.PHONE_NUMBER);
    }

    @Test
    void luhnAcceptsTheSkatteverketExampleAndRejectsAChangedDigit() {
        assertThat(PersonalDataScreen.luhn("1212121212")).isTrue();
        assertThat(PersonalDataScreen.luhn("1212121213")).isFalse();
    }

    @Test
    void screenedTextKeepsTheOriginalOnlyWhenPersonalDataWasFound() {
        assertThat(PersonalDataScreen.Screened.of("Ring 0701234567"))
                .isEqualTo(new PersonalDataScreen.Screened("Ring [***]", "Ring 0701234567"));
        assertThat(PersonalDataScreen.Screened.of("Klotter på elskåpet"))
                .isEqualTo(new PersonalDataScreen.Screened("Klotter på elskåpet", null));
        assertThat(PersonalDataScreen.kinds("ABC123 och ABC124, ring 0701234567"))
                .containsExactly(Kind.VEHICLE_REGISTRATION, Kind.PHONE_NUMBER);
    }
}
