export * from './notification-actor.entity';
export * from './notification-type';
export * from './notification.entity';
export * from './notifications.module';
export * from './notifications.service';
