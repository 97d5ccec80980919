package cn.onenetwork.property.title;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "土地使用权类型: ALLOCATED 划拨, GRANTED 出让")
public enum LandUseType {
    ALLOCATED, GRANTED
}
