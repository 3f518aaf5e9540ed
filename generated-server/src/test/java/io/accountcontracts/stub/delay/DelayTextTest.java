package io.accountcontracts.stub.delay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-word form {@code --latency} and the annotation take, and what each mistake is told. */
class DelayTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "50ms                      | 50ms",
                "0ms                       | 0ms",
                " 600000ms                 | 600000ms",
                "uniform:20-80ms           | uniform:20-80ms",
                "uniform:20ms-80ms         | uniform:20-80ms",
                "uniform:5-5ms             | uniform:5-5ms",
                "lognormal:80ms,0.4        | lognormal:80ms,0.4",
                "lognormal:80ms,.25        | lognormal:80ms,0.25",
                "lognormal:80ms,1          | lognormal:80ms,1.0",
                "lognormal:80ms,0.4,2000ms | lognormal:80ms,0.4,2000ms",
            })
    void readsEachFormAndWritesItBack(String text, String written) {
        assertEquals(written, DelayText.parse(text).text());
        assertEquals(DelayText.parse(text), DelayText.parse(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "50ms                      | 50",
                "uniform:20-80ms           | 20-80",
                "lognormal:80ms,0.4,2000ms | 80/0.4/2000",
            })
    void readsTheNumbersIntoTheRightPlaces(String text, String numbers) {
        Delay delay = DelayText.parse(text);
        String read;
        if (delay instanceof Delay.Fixed fixed) {
            read = "" + fixed.ms();
        } else if (delay instanceof Delay.Uniform uniform) {
            read = uniform.minMs() + "-" + uniform.maxMs();
        } else {
            Delay.LogNormal lognormal = (Delay.LogNormal) delay;
            read = lognormal.medianMs() + "/" + lognormal.sigma() + "/" + lognormal.maxMs();
        }
        assertEquals(numbers, read);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``                         | '' is not a delay; write 50ms, uniform:20-80ms",
                "50                         | '50' is not a delay",
                "50s                        | '50s' is not a delay",
                "-5ms                       | '-5ms' is not a delay",
                "fixed:50ms                 | 'fixed:50ms' is not a delay",
                "uniform:80-20ms            | the minimum (80 ms) is above the maximum (20 ms)",
                "uniform:20-80              | 'uniform:20-80' is not a delay",
                "uniform:20-9999999ms       | every time must be from 0 to 600000 ms",
                "lognormal:80ms             | 'lognormal:80ms' is not a delay",
                "lognormal:80ms,0           | sigma must be a finite number above 0",
                "lognormal:80ms,1e999       | sigma must be a finite number above 0",
                "lognormal:80ms,0.4,50ms    | the cap (50 ms) is below the median (80 ms)",
                "gaussian:80ms,0.4          | 'gaussian:80ms,0.4' is not a delay",
            })
    void refusesAMistakeSayingWhatIsWrong(String text, String fragment) {
        String message = assertThrows(IllegalArgumentException.class, () -> DelayText.parse(text))
                .getMessage();

        assertTrue(message.contains(fragment.strip()), "'" + fragment + "' is not in: " + message);
    }
}
