package cn.onenetwork.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"field", "message"}, description = "One rejected field of the request.")
public record FieldError(
        @Schema(description = "Path of the field in the request, or the parameter name.", examples = "creditCode")
        String field,
        @Schema(description = "What is wrong with it.", examples = "统一社会信用代码校验位错误 (check character does not match)")
        String message,
        @Schema(description = "The rejected value, as text, when it is safe to echo (absent otherwise).", examples = "91640000MA76XXXX1X")
        String rejectedValue) {
}
