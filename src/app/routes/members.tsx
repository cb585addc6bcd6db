export { MemberListPage as Component } from '@/features/member-admin/MemberListPage';
