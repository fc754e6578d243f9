package org.briefkit.docx.internal.blocks;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.xmlbeans.XmlCursor;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.inlines.TextRuns;
import org.briefkit.model.Image;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlipFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObjectData;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.picture.PicDocument;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Inline pictures ({@code w:drawing/wp:inline}), written here rather than with
 * {@code XWPFRun.addPicture} for two reasons: the alt text goes in {@code docPr/@descr} (POI
 * puts the file name there), and a picture in a footnote needs its relationship on the notes
 * part (POI always looks on the document part, so the picture would be lost).
 */
public final class Pictures {
    /** English Metric Units per twip: 914,400 per inch, 1,440 twips per inch. */
    public static final long EMU_PER_TWIP = 635;
    private static final String PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private Pictures() {
    }

    /**
     * Scales an image to fill a box, keeping its aspect: as wide as the box unless that would
     * make it taller than the box, then as tall.
     *
     * @param ctx       the render
     * @param part      the part the run is in
     * @param run       an empty run to hold the picture
     * @param image     the image
     * @param maxWidth  the box's width, in twips
     * @param maxHeight the box's height, in twips
     * @param altText   what the picture shows, for readers who cannot see it
     */
    public static void fitted(RenderContext ctx, POIXMLDocumentPart part, CTR run, Image image, int maxWidth,
            int maxHeight, String altText) {
        double scale = Math.min((double) maxWidth / image.displayWidthPx(), (double) maxHeight / image.displayHeightPx());
        long cx = Math.max(1, Math.round(image.displayWidthPx() * scale * EMU_PER_TWIP));
        long cy = Math.max(1, Math.round(image.displayHeightPx() * scale * EMU_PER_TWIP));
        inline(ctx, part, run, image, cx, cy, altText);
    }

    /**
     * @param cx the picture's width as seen upright, in EMU
     * @param cy its height as seen upright
     */
    private static void inline(RenderContext ctx, POIXMLDocumentPart part, CTR run, Image image, long cx, long cy,
            String altText) {
        String relId = ctx.pictureRelation(part, image);
        long id = ctx.nextDrawingId();
        String alt = TextRuns.attribute(altText, "figure alt text");
        String name = "Picture " + id;

        CTInline inline = run.addNewDrawing().addNewInline();
        inline.setDistT(0);
        inline.setDistB(0);
        inline.setDistL(0);
        inline.setDistR(0);
        // A picture stored sideways is a shape of the stored proportions turned a quarter: Word
        // measures the inline by the unturned shape and adds the turn's overhang as effect extents.
        boolean sideways = image.isTurnedSideways();
        long shapeCx = sideways ? cy : cx;
        long shapeCy = sideways ? cx : cy;
        long overhang = sideways ? (cx - cy) / 2 : 0;
        inline.addNewExtent().setCx(shapeCx);
        inline.getExtent().setCy(shapeCy);
        var effect = inline.addNewEffectExtent();
        effect.setL(overhang);
        effect.setT(-overhang);
        effect.setR(overhang);
        effect.setB(-overhang);
        CTNonVisualDrawingProps docPr = inline.addNewDocPr();
        docPr.setId(id);
        docPr.setName(name);
        docPr.setDescr(alt);
        inline.addNewCNvGraphicFramePr().addNewGraphicFrameLocks().setNoChangeAspect(true);
        CTGraphicalObjectData data = inline.addNewGraphic().addNewGraphicData();
        data.setUri(PICTURE_URI);

        PicDocument picDoc = PicDocument.Factory.newInstance();
        CTPicture pic = picDoc.addNewPic();
        CTNonVisualDrawingProps cNvPr = pic.addNewNvPicPr().addNewCNvPr();
        cNvPr.setId(0);
        cNvPr.setName(name);
        cNvPr.setDescr(alt);
        pic.getNvPicPr().addNewCNvPicPr().addNewPicLocks().setNoChangeAspect(true);
        CTBlipFillProperties fill = pic.addNewBlipFill();
        fill.addNewBlip().setEmbed(relId);
        fill.addNewStretch().addNewFillRect();
        CTShapeProperties sp = pic.addNewSpPr();
        CTTransform2D xfrm = sp.addNewXfrm();
        xfrm.addNewOff().setX(0L);
        xfrm.getOff().setY(0L);
        xfrm.addNewExt().setCx(shapeCx);
        xfrm.getExt().setCy(shapeCy);
        Orientation.of(image.orientation()).applyTo(xfrm);
        CTPresetGeometry2D geometry = sp.addNewPrstGeom();
        geometry.setPrst(STShapeType.RECT);
        geometry.addNewAvLst();

        try (XmlCursor from = picDoc.newCursor(); XmlCursor to = data.newCursor()) {
            // Declare the usual prefix, or the saved XML would make the picture namespace the default one.
            to.toNextToken();
            to.insertNamespace("pic", PICTURE_URI);
            to.toParent();
            to.toEndToken();
            from.toFirstChild();
            from.copyXml(to);
        }
    }
}
