package vn.edu.caitien.host.reference.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.wicket.protocol.http.servlet.MultipartServletWebRequest;
import org.apache.wicket.protocol.http.servlet.ServletWebRequest;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.util.lang.Bytes;

/**
 * Wicket's servlet request, except that the submit of a multipart form (a file upload) whose body is not
 * {@code multipart/form-data} is a bad request (400). Wicket would throw an {@code IllegalStateException}, which
 * ends as the internal-error page and an error in the log, for what is only a malformed request.
 */
final class PortalWebRequest extends ServletWebRequest {

    PortalWebRequest(HttpServletRequest request, String filterPrefix) {
        super(request, filterPrefix);
    }

    @Override
    public MultipartServletWebRequest newMultipartWebRequest(Bytes maxSize, String upload) throws FileUploadException {
        String type = getContainerRequest().getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new AbortWithHttpErrorCodeException(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST,
                    "not a multipart request");
        }
        return super.newMultipartWebRequest(maxSize, upload);
    }
}
