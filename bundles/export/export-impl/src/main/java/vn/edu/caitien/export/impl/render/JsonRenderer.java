package vn.edu.caitien.export.impl.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentRenderer;

/**
 * The document's data as JSON (UTF-8): {@code {"kind", "title", "data"}} with the data of
 * {@link Document#data()}. Written by {@link Json}, a small writer, so that no JSON library bundle is needed.
 */
@Component(service = DocumentRenderer.class, property = {
        DocumentRenderer.FORMAT + "=" + DocumentRenderer.JSON,
        DocumentRenderer.MEDIA_TYPE + "=application/json",
        DocumentRenderer.EXTENSION + "=json"})
public class JsonRenderer implements DocumentRenderer {

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", document.kind().name());
        root.put("title", document.title());
        root.put("data", document.data());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Json.write(root, w);
        w.flush();
    }
}
