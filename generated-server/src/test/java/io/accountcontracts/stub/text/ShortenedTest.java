package io.accountcontracts.stub.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long texts and lists are cut to a bounded size, saying how much was cut. */
class ShortenedTest {

    private static final String HUGE_MESSAGE =
            "[Path '/name'] String \"" + "x".repeat(900_000) + "\" is too long (900000 chars), maximum 200";

    @Test
    void aLongTextKeepsItsStartAndEndWithinTheLimitAndSaysHowManyCharactersWereCut() {
        String cut = Shortened.text(HUGE_MESSAGE);

        assertTrue(cut.length() <= Shortened.MAX_CHARS, cut.length() + " characters");
        assertTrue(cut.startsWith("[Path '/name'] String \"xxx"), cut);
        assertTrue(cut.endsWith("xxx\" is too long (900000 chars), maximum 200"), cut);
        int note = cut.indexOf(" ... [");
        String count = cut.substring(note + 6, cut.indexOf(" more characters]"));
        int kept = cut.length() - (cut.indexOf("] ... ", note) + 6 - note);
        assertEquals(HUGE_MESSAGE.length(), kept + Integer.parseInt(count.replace(",", "")), cut);
    }

    @Test
    void aShortTextIsLeftAsItIsAndACutTextIsNotCutAgain() {
        String shortText = "x".repeat(Shortened.MAX_CHARS);
        String cut = Shortened.text(HUGE_MESSAGE);

        assertSame(shortText, Shortened.text(shortText));
        assertSame(cut, Shortened.text(cut));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String cut = Shortened.text("\uD83D\uDE00".repeat(10_000));

        assertTrue(
                IntStream.range(0, cut.length())
                        .noneMatch(i -> Character.isSurrogate(cut.charAt(i))
                                && !(Character.isHighSurrogate(cut.charAt(i))
                                        ? i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1))
                                        : i > 0 && Character.isHighSurrogate(cut.charAt(i - 1)))),
                cut);
    }

    @Test
    void aLongListKeepsItsFirstItemsEachCutAndSaysHowManyWereLeftOut() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Shortened.MAX_ITEMS + 5; i++) {
            problems.add(HUGE_MESSAGE);
        }

        List<String> kept = Shortened.texts(problems);

        assertEquals(Shortened.MAX_ITEMS + 1, kept.size());
        assertTrue(kept.subList(0, Shortened.MAX_ITEMS).stream().allMatch(p -> p.length() <= Shortened.MAX_CHARS));
        assertEquals("... and 5 more left out", kept.get(Shortened.MAX_ITEMS));
    }

    @Test
    void headersKeepABoundedNumberOfValuesEachCutAndSayHowManyWereLeftOut() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("x-long", List.of("v".repeat(100_000)));
        for (int i = 0; i < Shortened.MAX_HEADER_VALUES + 9; i++) {
            headers.put("x-" + i, List.of("value"));
        }

        Map<String, List<String>> kept = Shortened.headers(headers);

        assertTrue(kept.get("x-long").get(0).contains("more characters]"));
        assertEquals(
                Shortened.MAX_HEADER_VALUES,
                kept.entrySet().stream()
                        .filter(h -> !h.getKey().equals(Shortened.HEADERS_LEFT_OUT))
                        .mapToInt(h -> h.getValue().size())
                        .sum());
        assertEquals(List.of("10 more header values"), kept.get(Shortened.HEADERS_LEFT_OUT));
    }
}
