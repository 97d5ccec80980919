package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementView;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateRoom;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateView;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The printable certificate: an A4 page of HTML with print CSS and a QR code (inline SVG) of its verification URL, followed
 * on its own page by the use agreement it was issued with: the fixed clauses' texts, the rooms as signed, the signatories.
 */
public final class CertificateSheet {

    private CertificateSheet() {
    }

    /** @param buildings the building name of each room, where the registry's replica knows it */
    public static String html(CertificateView c, String holderName, Map<UUID, String> buildings, String verificationUrl, String code) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>办公用房分配使用凭证 %1$s</title>
                <style>
                @page { size: A4; margin: 20mm; }
                body { font-family: "SimSun", "Songti SC", serif; color: #000; max-width: 170mm; margin: 0 auto; }
                h1 { text-align: center; letter-spacing: .3em; font-size: 22pt; }
                table { border-collapse: collapse; width: 100%%; margin: 6mm 0; }
                td, th { border: 1px solid #000; padding: 2mm 3mm; }
                .area { text-align: right; }
                .verify { display: flex; gap: 6mm; align-items: center; margin-top: 10mm; }
                .verify svg { width: 35mm; height: 35mm; }
                .note { font-size: 9pt; }
                .agreement { break-before: page; }
                .agreement h2 { text-align: center; letter-spacing: .3em; font-size: 18pt; }
                @media print { .noprint { display: none; } }
                </style></head><body>
                <h1>办公用房分配使用凭证</h1>
                <p>编号 No. <strong>%1$s</strong></p>
                <table>
                <tr><th>使用单位</th><td>%2$s（%3$s）</td></tr>
                <tr><th>行政区划</th><td>%4$s</td></tr>
                <tr><th>发放日期</th><td>%5$s</td></tr>
                <tr><th>状态</th><td>%6$s</td></tr>
                </table>
                <table><tr><th>楼宇</th><th>房间</th><th>使用面积（m²）</th></tr>%7$s
                <tr><th colspan="2">合计</th><td class="area">%8$s</td></tr></table>
                <p class="note">本凭证用于法人登记、集体户口登记及大中修施工许可，不得用于出租、出借或经营。</p>
                <div class="verify">%9$s<div><p>查验码 Verification code: <strong>%10$s</strong></p><p class="note">扫码或访问 %11$s 查验真伪</p></div></div>
                %12$s
                <p class="noprint"><button onclick="window.print()">打印</button></p>
                </body></html>
                """.formatted(escape(c.number()), escape(holderName), escape(c.agencyCode()), escape(c.divisionCode()), c.issuedOn(), c.status(),
                rooms(c.rooms(), buildings), c.totalArea().toPlainString(), qr(verificationUrl), escape(code), escape(verificationUrl),
                agreement(c.number(), c.agreement(), buildings));
    }

    /** The agreement's page; a certificate from before agreements were recorded says so instead. */
    private static String agreement(String number, AgreementView a, Map<UUID, String> buildings) {
        if (a == null) {
            return "<p class=\"note\">本凭证发放时未登记使用协议。</p>";
        }
        StringBuilder clauses = new StringBuilder("<li>").append(escape(a.purpose().clause)).append("</li>");
        a.obligations().forEach(o -> clauses.append("<li>").append(escape(o.clause)).append("</li>"));
        BigDecimal total = a.rooms().stream().map(CertificateRoom::useArea).reduce(BigDecimal.ZERO, BigDecimal::add);
        return """
                <section class="agreement">
                <h2>办公用房使用协议</h2>
                <p>凭证编号 No. %1$s</p>
                <p>机关事务管理部门将下列办公用房配置给使用单位使用，双方约定如下：</p>
                <table><tr><th>楼宇</th><th>房间</th><th>使用面积（m²）</th></tr>%2$s
                <tr><th colspan="2">合计</th><td class="area">%3$s</td></tr></table>
                <ol>%4$s</ol>
                <table>
                <tr><th>使用单位签字</th><td>%5$s</td></tr>
                <tr><th>机关事务管理部门签字</th><td>%6$s</td></tr>
                <tr><th>签订日期</th><td>%7$s</td></tr>
                </table>
                </section>""".formatted(escape(number), rooms(a.rooms(), buildings), total.setScale(2).toPlainString(), clauses,
                escape(a.unitSignatory()), escape(a.bureauSignatory()), a.signedOn());
    }

    private static String rooms(List<CertificateRoom> rooms, Map<UUID, String> buildings) {
        StringBuilder rows = new StringBuilder();
        for (CertificateRoom room : rooms) {
            rows.append("<tr><td>").append(escape(buildings.get(room.roomId()))).append("</td><td>").append(escape(room.number()))
                    .append("</td><td class=\"area\">").append(room.useArea().toPlainString()).append("</td></tr>");
        }
        return rows.toString();
    }

    /** The URL as a QR code (error correction M), drawn as one SVG path of its dark modules. */
    static String qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8"));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                    + path + "\" fill=\"#000\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("a verification URL always fits a QR code", e);
        }
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
