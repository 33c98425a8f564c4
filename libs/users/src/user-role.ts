/** Platform-wide role. ADMINs handle reports on content outside any community; granted with `npm run admin:grant`. */
export enum UserRole {
  MEMBER = 'MEMBER',
  ADMIN = 'ADMIN',
}
