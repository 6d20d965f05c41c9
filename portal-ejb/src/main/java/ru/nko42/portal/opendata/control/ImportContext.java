package ru.nko42.portal.opendata.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the records of one import share: who imports (the audit names them), whether records are published directly
 * or go to the moderation queue, the municipality of records that name none of Kuzbass, and the organizations
 * already imported, by the ids the file gave them, so that its services find them.
 */
public final class ImportContext {

    private final long actorId;
    private final boolean publish;
    private final String defaultMunicipality;
    private final Map<String, Long> organizations = new ConcurrentHashMap<>();

    public ImportContext(long actorId, boolean publish, String defaultMunicipality) {
        this.actorId = actorId;
        this.publish = publish;
        this.defaultMunicipality = defaultMunicipality;
    }

    public long actorId() {
        return actorId;
    }

    public boolean publish() {
        return publish;
    }

    public String defaultMunicipality() {
        return defaultMunicipality;
    }

    public void organizationImported(String fileId, long organizationId) {
        if (fileId != null) {
            organizations.put(fileId, organizationId);
        }
    }

    public Long organization(String fileId) {
        return fileId == null ? null : organizations.get(fileId);
    }
}
