import { registerEnumType } from '@nestjs/graphql';
import { ReportReason, ReportResolution, ReportStatus } from '@kindling/reports';

registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportResolution, { name: 'ReportResolution' });

export { ReportReason, ReportResolution, ReportStatus };
