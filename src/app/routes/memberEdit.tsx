export { MemberEditPage as Component } from '@/features/member-admin/MemberEditPage';
