package org.coopole.messaging;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.Attachments;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.PERSON;

/**
 * Files sent with a message: recognised by their content whatever their name, images re-encoded without what was
 * hidden around their pixels, office documents by the parts inside them; too big, too many or anything else refused
 * with the reason; read by the conversation's people only.
 */
@CoopoleTest
class AttachmentsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MessagingService messaging;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void filesAreRecognisedByTheirContentAndImagesAreReEncoded() throws IOException {
        assertThat(Attachments.typeOf(PDF)).isEqualTo("application/pdf");
        assertThat(Attachments.typeOf(office("word/document.xml"))).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Attachments.typeOf(office("xl/workbook.xml"))).isEqualTo(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Attachments.typeOf(openDocument("application/vnd.oasis.opendocument.text")))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(Attachments.typeOf(openDocument("application/x-evil"))).isNull();
        assertThat(Attachments.typeOf(office("payload.exe"))).as("a ZIP that is no office document").isNull();
        assertThat(Attachments.typeOf("MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(Attachments.typeOf("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isNull();

        byte[] png = png();
        byte[] withHiddenTail = concat(png, "SECRET-GPS-45.1,5.0".getBytes(StandardCharsets.US_ASCII));
        var kept = Attachments.check("photo.png", withHiddenTail);
        assertThat(kept.mediaType()).isEqualTo("image/png");
        assertThat(new String(kept.content(), StandardCharsets.ISO_8859_1)).doesNotContain("SECRET-GPS");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept.content())).getWidth()).isEqualTo(40);

        // the name keeps no folder nor hidden character, and ends as its content does
        assertThat(Attachments.fileName("C:\\Users\\nadia\\devis\u202Efdp.exe", "application/pdf")).isEqualTo("devisfdp.exe.pdf");
        assertThat(Attachments.fileName("../../etc/passwd", "application/pdf")).isEqualTo("passwd.pdf");
        assertThat(Attachments.fileName("   ", "image/jpeg")).isEqualTo("document.jpg");
        assertThat(Attachments.fileName("Photo.JPEG", "image/jpeg")).isEqualTo("Photo.jpg");

        assertThatThrownBy(() -> Attachments.check("vide.pdf", new byte[0]))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.attachment.empty"));
        byte[] tooBig = new byte[Attachments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        assertThatThrownBy(() -> Attachments.check("gros.pdf", tooBig))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.attachment.too-big"));
        assertThatThrownBy(() -> Attachments.check("faux.pdf", "bonjour".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.attachment.not-allowed"));
    }

    @Test
    void aFileSentIsReadByTheConversationsPeopleOnly() throws IOException {
        ConversationId conversation = messaging.direct(vallee, person(DemoPeople.BROWSER_MEMBER));
        assertThatThrownBy(() -> messaging.send(vallee, conversation, new Draft("", null,
                Collections.nCopies(MessagingService.ATTACHMENTS_PER_MESSAGE + 1, new Draft.NewAttachment("a.pdf", PDF)))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.attachment.too-many"));
        // a refused file refuses the message: nothing of it is written
        int before = messaging.messages(vallee, conversation, 500).size();
        assertThatThrownBy(() -> messaging.send(vallee, conversation, new Draft("Voici", null,
                List.of(new Draft.NewAttachment("devis.pdf", PDF), new Draft.NewAttachment("x.pdf", "non".getBytes())))))
                .isInstanceOf(InvalidField.class);
        assertThat(messaging.messages(vallee, conversation, 500)).hasSize(before);

        messaging.send(vallee, conversation, new Draft("", null, List.of(new Draft.NewAttachment("devis.pdf", PDF),
                new Draft.NewAttachment("plan.png", png()))));
        Message sent = messaging.messages(vallee, conversation, 1).getFirst();
        assertThat(sent.attachments()).extracting(Message.Attachment::fileName, Message.Attachment::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("devis.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("plan.png", "image/png"));
        AttachmentId pdf = sent.attachments().getFirst().id();

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(messaging.attachment(vallee, pdf)).hasValueSatisfying(file -> {
            assertThat(file.content()).isEqualTo(PDF);
            assertThat(file.fileName()).isEqualTo("devis.pdf");
        });
        signIn.as(DemoPeople.MEMBER);
        assertThat(messaging.attachment(vallee, pdf)).as("not in the conversation").isEmpty();
    }

    private PersonId person(String email) {
        return owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchSingle(PERSON.ID);
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] office(String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] openDocument(String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(type.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
