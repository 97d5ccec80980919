package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "收回 grounds: FALSE_DECLARATION 虚假申报, ALTERATION 涂改凭证, CHANGE_NOT_REGISTERED 未按规定办理变更, MISUSE 出租出借或经营使用")
public enum RevocationGround {
    FALSE_DECLARATION, ALTERATION, CHANGE_NOT_REGISTERED, MISUSE
}
