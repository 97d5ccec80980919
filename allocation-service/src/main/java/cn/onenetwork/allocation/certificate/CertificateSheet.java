package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementView;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateRoom;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateView;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.Text;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The printable certificate: an A4 page of HTML with print CSS and a QR code (inline SVG) of its verification URL, followed
 * on its own page by the use agreement it was issued with: the fixed clauses' texts, the rooms as signed, the signatories.
 * It reads as the document it is, in the reader's language: the issuing bureau and the division by name, each room with
 * its building and floor, the status by its label, and the places for the seals.
 */
public final class CertificateSheet {

    private CertificateSheet() {
    }

    /** Where a room is, as the registry's replica knows it; either part may be unknown. */
    public record Place(String building, String floor) {
    }

    /** What the page names besides the certificate: its holder, its division and the rooms' places. */
    public record Names(String holder, Text division, Map<UUID, Place> places) {
    }

    public static String html(CertificateView c, Names names, String verificationUrl, String code, Locale language) {
        Text bureau = AllocationText.BUREAU_OF.with(names.division());
        return """
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="utf-8"><title>%2$s %3$s</title>
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
                .seal { display: flex; justify-content: flex-end; margin-top: 10mm; }
                .seal div { width: 60mm; text-align: center; }
                .seal .place { height: 40mm; }
                .signatures { display: flex; justify-content: space-between; margin-top: 10mm; }
                .signatures div { width: 75mm; }
                .signatures .place { height: 35mm; }
                .agreement { break-before: page; }
                .agreement h2 { text-align: center; letter-spacing: .3em; font-size: 18pt; }
                @media print { .noprint { display: none; } }
                </style></head><body>
                <h1>%2$s</h1>
                <p>%4$s</p>
                <table>
                <tr><th>%5$s</th><td>%6$s</td></tr>
                <tr><th>%7$s</th><td>%8$s</td></tr>
                <tr><th>%9$s</th><td>%10$s</td></tr>
                <tr><th>%11$s</th><td>%12$s</td></tr>
                <tr><th>%13$s</th><td>%14$s</td></tr>
                </table>
                %15$s
                <p class="note">%16$s</p>
                <div class="seal"><div><p class="place"></p><p>%17$s</p><p>%18$s</p></div></div>
                <div class="verify">%19$s<div><p>%20$s</p><p class="note">%21$s</p></div></div>
                %22$s
                <p class="noprint"><button onclick="window.print()">%23$s</button></p>
                </body></html>
                """.formatted(Languages.tag(language), text(AllocationText.SHEET_TITLE.with(), language), escape(c.number()),
                text(AllocationText.SHEET_NUMBER.with(c.number()), language),
                text(AllocationText.SHEET_ISSUER.with(), language), text(bureau, language),
                text(AllocationText.SHEET_HOLDER.with(), language), text(AllocationText.SHEET_HOLDER_NAME.with(names.holder(), c.agencyCode()), language),
                text(AllocationText.SHEET_DIVISION.with(), language), text(AllocationText.SHEET_DIVISION_NAME.with(names.division(), c.divisionCode()), language),
                text(AllocationText.SHEET_ISSUED_ON.with(), language), c.issuedOn(),
                text(AllocationText.SHEET_STATUS.with(), language), text(AllocationText.label(c.status()), language),
                rooms(c.rooms(), c.totalArea(), names.places(), language), text(AllocationText.SHEET_USE_NOTE.with(), language),
                text(AllocationText.SHEET_ISSUER_SEAL.with(bureau), language), text(AllocationText.SHEET_SEAL_DATE.with(c.issuedOn().getYear(), c.issuedOn().getMonthValue(), c.issuedOn().getDayOfMonth()), language),
                qr(verificationUrl), text(AllocationText.SHEET_VERIFICATION_CODE.with(code), language),
                text(AllocationText.SHEET_VERIFY_AT.with(verificationUrl), language),
                agreement(c, names, bureau, language), text(AllocationText.SHEET_PRINT.with(), language));
    }

    /** The agreement's page; a certificate from before agreements were recorded says so instead. */
    private static String agreement(CertificateView c, Names names, Text bureau, Locale language) {
        AgreementView a = c.agreement();
        if (a == null) {
            return "<p class=\"note\">" + text(AllocationText.SHEET_NO_AGREEMENT.with(), language) + "</p>";
        }
        StringBuilder clauses = new StringBuilder("<li>").append(text(AllocationText.label(a.purpose()), language)).append("</li>");
        a.obligations().forEach(o -> clauses.append("<li>").append(text(AllocationText.label(o), language)).append("</li>"));
        BigDecimal total = a.rooms().stream().map(CertificateRoom::useArea).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return """
                <section class="agreement">
                <h2>%1$s</h2>
                <p>%2$s</p>
                <p>%3$s</p>
                %4$s
                <ol>%5$s</ol>
                <table>
                <tr><th>%6$s</th><td>%7$s</td></tr>
                <tr><th>%8$s</th><td>%9$s</td></tr>
                <tr><th>%10$s</th><td>%11$s</td></tr>
                </table>
                <div class="signatures"><div><p class="place"></p><p>%12$s</p></div><div><p class="place"></p><p>%13$s</p></div></div>
                </section>""".formatted(text(AllocationText.AGREEMENT_TITLE.with(), language),
                text(AllocationText.AGREEMENT_CERTIFICATE_NUMBER.with(c.number()), language),
                text(AllocationText.AGREEMENT_PREAMBLE.with(bureau, names.holder()), language), rooms(a.rooms(), total, names.places(), language), clauses,
                text(AllocationText.AGREEMENT_UNIT_SIGNATORY.with(), language), escape(a.unitSignatory()),
                text(AllocationText.AGREEMENT_BUREAU_SIGNATORY.with(), language), escape(a.bureauSignatory()),
                text(AllocationText.AGREEMENT_SIGNED_ON.with(), language), a.signedOn(),
                text(AllocationText.AGREEMENT_UNIT_SEAL.with(names.holder()), language), text(AllocationText.AGREEMENT_BUREAU_SEAL.with(bureau), language));
    }

    private static String rooms(List<CertificateRoom> rooms, BigDecimal total, Map<UUID, Place> places, Locale language) {
        StringBuilder rows = new StringBuilder("<table><tr><th>").append(text(AllocationText.SHEET_BUILDING.with(), language)).append("</th><th>")
                .append(text(AllocationText.SHEET_FLOOR.with(), language)).append("</th><th>").append(text(AllocationText.SHEET_ROOM.with(), language))
                .append("</th><th>").append(text(AllocationText.SHEET_USE_AREA.with(), language)).append("</th></tr>");
        for (CertificateRoom room : rooms) {
            Place place = places.getOrDefault(room.roomId(), new Place(null, null));
            rows.append("<tr><td>").append(escape(place.building())).append("</td><td>").append(escape(place.floor())).append("</td><td>")
                    .append(escape(room.number())).append("</td><td class=\"area\">").append(room.useArea().toPlainString()).append("</td></tr>");
        }
        return rows.append("<tr><th colspan=\"3\">").append(text(AllocationText.SHEET_TOTAL.with(), language)).append("</th><td class=\"area\">")
                .append(total.toPlainString()).append("</td></tr></table>").toString();
    }

    /** A message of the page in the reader's language, escaped: its values (names, numbers) come from records. */
    private static String text(Text text, Locale language) {
        return escape(text.render(language));
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
