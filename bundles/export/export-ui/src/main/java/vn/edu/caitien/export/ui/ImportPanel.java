package vn.edu.caitien.export.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.OnDomReadyHeaderItem;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.util.lang.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.export.importer.ImportException;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.export.importer.PlanImporter;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * "Nhập kế hoạch từ Word": uploads a DOCX, the plain text Word saves, or the XLSX plan-table template, and opens the
 * review screen ({@link ImportReviewPanel}) in its place. Nothing is saved here. A file over
 * {@link PlanImporter#maxBytes()} is refused while it is being received; a file the importer cannot read shows the
 * importer's translated message, and the form stays. While a chosen file is sent and read, a busy indicator shows
 * (with JavaScript; without it the form works the same and the browser shows the page loading).
 */
public class ImportPanel extends Panel {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportPanel.class);

    /** Wicket ids for tests. */
    public static final String UPLOAD = "upload";
    public static final String FILE = "file";
    public static final String READ = "read";
    public static final String BUSY = "busy";

    /** Room for the multipart envelope around the file itself. */
    private static final long ENVELOPE = 64 * 1024;

    private final ServiceRef<PlanImporter> importer = ServiceRef.of(PlanImporter.class);
    private final ServiceRef<ImportDrafts> drafts = ServiceRef.of(ImportDrafts.class);
    private final PortalContext context;

    /** @param context the user and the current school */
    public ImportPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback"));
        Optional<PlanImporter> service = importer.find().filter(i -> drafts.find().isPresent());
        boolean allowed = context.can(PlanService.EDIT);
        add(new WebMarkupContainer("unavailable").setVisible(service.isEmpty()));
        add(new WebMarkupContainer("denied").setVisible(service.isPresent() && !allowed));
        long max = service.map(PlanImporter::maxBytes).orElse(0L);

        Form<Void> upload = new Form<>(UPLOAD);
        upload.setMultiPart(true);
        // refused while it is being received, before it is read into memory: the file by its own size, the request
        // (file and form fields) with a little room on top
        upload.setFileMaxSize(Bytes.bytes(Math.max(1, max)));
        upload.setMaxSize(Bytes.bytes(Math.max(1, max) + ENVELOPE));
        upload.setVisible(service.isPresent() && allowed);
        add(upload);
        upload.add(new Label("limit", new StringResourceModel("limit", this).setParameters(size(max, getLocale()))));
        // The empty plan tables, for schools that prefer to fill the table in Excel and import it here.
        for (String form : new String[] {"2018", "tt57"}) {
            upload.add(new org.apache.wicket.markup.html.link.ExternalLink("template" + form,
                    org.apache.wicket.request.cycle.RequestCycle.get().getUrlRenderer()
                            .renderContextRelativeUrl(DownloadPaths.template(form))));
        }
        FileUploadField file = new FileUploadField(FILE);
        upload.add(file);
        // Shown by the script in renderHead while the file travels and is read; hidden (and never needed) without
        // JavaScript, where the browser's own page loading is the only sign, and the form works the same.
        upload.add(new WebMarkupContainer(BUSY).setOutputMarkupId(true));
        upload.setOutputMarkupId(true);
        file.setOutputMarkupId(true);
        upload.add(new Button(READ) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                FileUpload received = file.getFileUpload();
                if (received == null) {
                    ImportPanel.this.error(getString("noFile"));
                    return;
                }
                ImportResult result;
                try {
                    result = importer.get().importFile(context.user(), received.getClientFileName(),
                            received.getBytes(), options());
                } catch (ImportException e) {
                    LOG.info("Import of an uploaded file refused: {}", e.getMessage());
                    ImportPanel.this.error(e.message(getLocale()));
                    return;
                } finally {
                    received.closeStreams();
                }
                String draftId = drafts.get().put(context.user(), result, received.getClientFileName());
                ImportPanel.this.replaceWith(new ImportReviewPanel(ImportPanel.this.getId(), context, draftId));
            }
        });
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        Form<?> upload = (Form<?>) get(UPLOAD);
        if (upload == null || !upload.isVisibleInHierarchy()) {
            return;
        }
        // A script with the page's nonce (the Content-Security-Policy allows no other). On submit with a file chosen:
        // show the indicator, mark the button busy and refuse a second submit of the same upload; when the browser
        // brings the page back from its cache (Back), the form is ready again.
        response.render(OnDomReadyHeaderItem.forScript("(function () {"
                + "var form = document.getElementById('" + upload.getMarkupId() + "');"
                + "var busy = document.getElementById('" + upload.get(BUSY).getMarkupId() + "');"
                + "var file = document.getElementById('" + upload.get(FILE).getMarkupId() + "');"
                + "var button = document.getElementById('" + upload.get(READ).getMarkupId() + "');"
                + "if (!form || !busy) { return; }"
                + "form.addEventListener('submit', function (e) {"
                + "  if (form.getAttribute('data-busy') === 'true') { e.preventDefault(); return; }"
                + "  if (!file || !file.value) { return; }"
                + "  form.setAttribute('data-busy', 'true'); form.setAttribute('aria-busy', 'true');"
                + "  if (button) { button.setAttribute('aria-busy', 'true'); button.classList.add('portal-busy'); }"
                + "  busy.hidden = false;"
                + "});"
                + "window.addEventListener('pageshow', function () {"
                + "  form.removeAttribute('data-busy'); form.removeAttribute('aria-busy'); busy.hidden = true;"
                + "  if (button) { button.removeAttribute('aria-busy'); button.classList.remove('portal-busy'); }"
                + "});"
                + "})();"));
    }

    /** The school's highest level settles the regime for a plan that cites none (as the plan service does). */
    private ImportOptions options() {
        School school = context.school();
        if (school == null) {
            return ImportOptions.guess();
        }
        return school.levels().stream().filter(l -> l != SchoolLevel.GDTX).max(Comparator.naturalOrder())
                .map(ImportOptions::forLevel).orElse(ImportOptions.guess());
    }

    /** @return "20 MB", "1,5 MB" (Vietnamese decimal comma) or "512 KB" */
    static String size(long bytes, Locale locale) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return bytes >= 1024 * 1024 ? number.format(bytes / (1024.0 * 1024.0)) + " MB"
                : number.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
    }
}
