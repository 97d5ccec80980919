package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "凭证依据: ALLOCATION 随配置移交发放 (调剂、置换、租用、建设), EXISTING_USE 既有使用补发 (平台建档前的占有使用、机构合并后的继任单位)")
public enum CertificateBasis {
    ALLOCATION, EXISTING_USE
}
