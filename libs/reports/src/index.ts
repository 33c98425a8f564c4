export * from './report-access';
export * from './report-resolution.service';
export * from './report.entity';
export * from './report.enums';
export * from './reports.exception';
export * from './reports.module';
export * from './reports.service';
