package cn.onenetwork.property.agency;

import cn.onenetwork.property.organisation.UnifiedSocialCreditCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A valid 统一社会信用代码; the message (ValidationMessages) says which character is wrong. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
public @interface ValidCreditCode {

    String message() default "{onenetwork.property.creditCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCreditCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            UnifiedSocialCreditCode.Problem problem = UnifiedSocialCreditCode.problem(value);
            if (problem == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            problem.values().forEach(hibernate::addMessageParameter);
            hibernate.disableDefaultConstraintViolation();
            hibernate.buildConstraintViolationWithTemplate(problem.template()).addConstraintViolation();
            return false;
        }
    }
}
