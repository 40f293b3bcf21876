import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard-app';
import '../../components/theme.css';

const root = document.getElementById('app');
if (root) render(<DashboardApp />, root);
