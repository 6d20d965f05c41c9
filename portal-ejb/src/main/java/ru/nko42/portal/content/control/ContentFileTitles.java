package ru.nko42.portal.content.control;

import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.model.content.ContentFile;

/** The title an attachment is listed under: as typed, trimmed and limited, or its file's name without extension. */
public final class ContentFileTitles {

    private ContentFileTitles() {}

    public static String orFileName(String typed, String fileName) {
        String title = ContentRules.cleaned(typed);
        if (title == null) {
            int dot = fileName.lastIndexOf('.');
            return dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        if (title.length() > ContentFile.TITLE_LENGTH) {
            throw InvalidContentException.of("attachmentTitle", "content.file.error.title.tooLong");
        }
        return title;
    }
}
