package vn.edu.caitien.catalogue.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.validation.IValidatable;
import org.apache.wicket.validation.IValidator;
import org.apache.wicket.validation.ValidationError;
import vn.edu.caitien.catalogue.api.SchoolYear;

/**
 * Accepts a school year written as two consecutive years, {@code 2026-2027} (spaces and en dashes as
 * {@link SchoolYear#parse} accepts them). Message keys {@code schoolYear.format} and {@code schoolYear.consecutive}
 * (variables {@code input}, {@code first}, {@code next}) come from the panel that uses it.
 */
final class SchoolYearValidator implements IValidator<String> {
    private static final long serialVersionUID = 1L;

    private static final Pattern LABEL = Pattern.compile("\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*");

    @Override
    public void validate(IValidatable<String> validatable) {
        String value = validatable.getValue();
        Matcher m = LABEL.matcher(value);
        if (!m.matches()) {
            validatable.error(new ValidationError().addKey("schoolYear.format").setVariable("input", value));
            return;
        }
        int first = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != first + 1) {
            validatable.error(new ValidationError().addKey("schoolYear.consecutive").setVariable("input", value)
                    .setVariable("first", String.valueOf(first)).setVariable("next", String.valueOf(first + 1)));
            return;
        }
        try {
            SchoolYear.parse(value);
        } catch (IllegalArgumentException e) {
            // Four digits but not a plausible year (before 1945, say): the same advice as a bad format.
            validatable.error(new ValidationError().addKey("schoolYear.format").setVariable("input", value));
        }
    }
}
