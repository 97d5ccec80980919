package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.CertificateRoom;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateView;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The printable certificate: one A4 page of HTML with print CSS and a QR code (inline SVG) of its verification URL. */
public final class CertificateSheet {

    private CertificateSheet() {
    }

    public static String html(CertificateView c, String holderName, String verificationUrl, String code) {
        StringBuilder rooms = new StringBuilder();
        for (CertificateRoom room : c.rooms()) {
            rooms.append("<tr><td>").append(escape(room.number())).append("</td><td class=\"area\">").append(room.useArea().toPlainString())
                    .append("</td></tr>");
        }
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
                <table><tr><th>房间</th><th>使用面积（m²）</th></tr>%7$s
                <tr><th>合计</th><td class="area">%8$s</td></tr></table>
                <p class="note">本凭证用于法人登记、集体户口登记及大中修施工许可，不得用于出租、出借或经营。</p>
                <div class="verify">%9$s<div><p>查验码 Verification code: <strong>%10$s</strong></p><p class="note">扫码或访问 %11$s 查验真伪</p></div></div>
                <p class="noprint"><button onclick="window.print()">打印</button></p>
                </body></html>
                """.formatted(escape(c.number()), escape(holderName), escape(c.agencyCode()), escape(c.divisionCode()), c.issuedOn(), c.status(),
                rooms, c.totalArea().toPlainString(), qr(verificationUrl), escape(code), escape(verificationUrl));
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
