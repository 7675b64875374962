package vn.edu.caitien.sample.module.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.basic.MultiLineLabel;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.validation.validator.StringValidator;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;
import vn.edu.caitien.sample.module.Notice;
import vn.edu.caitien.sample.module.NoticeService;

/**
 * The current school's notices, newest first, and a form to post one for users holding
 * {@value NoticeService#POST}. Notices are reloaded on every request; the service checks permissions again.
 * Validation and confirmation messages are shown by the host page's feedback area.
 */
public final class NoticeBoardPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the notice list, for tests. */
    public static final String NOTICES = "notices";
    /** Wicket id of the posting form, for tests. */
    public static final String FORM = "form";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ServiceRef<NoticeService> notices = ServiceRef.of(NoticeService.class);
    private final PortalContext context;
    private final IModel<List<Notice>> list;

    /**
     * @param id      component id
     * @param context the user and school it renders for
     */
    public NoticeBoardPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
        this.list = LoadableDetachableModel.of(
                () -> notices.get().list(context.user(), context.requireSchool().id()));
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new ListView<>(NOTICES, list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Notice> item) {
                Notice notice = item.getModelObject();
                item.add(new Label("title", notice.title()));
                item.add(new Label("date", DATE.format(notice.createdAt())));
                item.add(new Label("author", notice.author()));
                item.add(new MultiLineLabel("body", notice.body()));
            }
        });
        add(new Label("empty", new ResourceModel("notices.empty")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(list.getObject().isEmpty());
            }
        });
        add(postForm());
    }

    private Form<Void> postForm() {
        IModel<String> title = Model.of("");
        IModel<String> body = Model.of("");
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(NoticeService.POST));
            }

            @Override
            protected void onSubmit() {
                notices.get().post(context.user(), context.requireSchool().id(), title.getObject(), body.getObject());
                NoticeBoardPanel.this.success(getString("notices.posted"));
                title.setObject("");
                body.setObject("");
                list.detach();
            }
        };
        form.add(new TextField<>("title", title).setRequired(true)
                .add(StringValidator.maximumLength(NoticeService.MAX_TITLE))
                .setLabel(new ResourceModel("notices.field.title")));
        form.add(new TextArea<>("body", body)
                .add(StringValidator.maximumLength(NoticeService.MAX_BODY))
                .setLabel(new ResourceModel("notices.field.body")));
        return form;
    }

    @Override
    protected void onDetach() {
        list.detach();
        super.onDetach();
    }
}
